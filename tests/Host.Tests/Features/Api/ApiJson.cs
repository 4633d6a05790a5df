using System.Net.Http.Json;
using System.Text.Json;
using Reconsideration.Host.Tests.Features.Cases;

namespace Reconsideration.Host.Tests.Features.Api;

/// <summary>Requests and readings the API tests share.</summary>
public static class ApiJson
{
    /// <summary>A valid intake request received <paramref name="receivedOn"/>, in the API's JSON.</summary>
    public static object Intake(DateOnly receivedOn, string applicant = "张三", string? idNumber = null, string respondent = "红谷滩区市场监督管理局") => new
    {
        application = new
        {
            receivedOn = receivedOn.ToString("yyyy-MM-dd"),
            channel = "Window",
            applicants = new[]
            {
                new { kind = "NaturalPerson", name = applicant, idNumber = idNumber ?? Samples.ZhangSanId, address = "红谷滩区丰和中大道1号", phone = "13800138000" },
            },
            respondent = new { name = respondent },
            challengedAct = new { type = "Penalty", title = "行政处罚决定", documentNumber = "红市监罚〔2026〕8号", date = receivedOn.AddDays(-20).ToString("yyyy-MM-dd") },
            requests = "撤销被申请人作出的行政处罚决定。",
            factsAndReasons = "认定事实不清。",
        },
    };

    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Registers a case through the API and returns its detail.</summary>
    public static async Task<JsonElement> RegisterAsync(HttpClient client, DateOnly receivedOn, string applicant = "张三",
        string respondent = "红谷滩区市场监督管理局")
    {
        var response = await client.PostAsJsonAsync("/api/v1/cases", Intake(receivedOn, applicant, respondent: respondent));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync();
    }

    public static Guid Id(this JsonElement detail) => detail.GetProperty("case").GetProperty("id").GetGuid();

    public static long Revision(this JsonElement detail) => detail.GetProperty("case").GetProperty("revision").GetInt64();

    /// <summary>Today in Beijing, the legal day the host's clock gives.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
