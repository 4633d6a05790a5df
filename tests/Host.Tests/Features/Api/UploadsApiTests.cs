using System.Net;
using System.Net.Http.Headers;

namespace Reconsideration.Host.Tests.Features.Api;

public sealed class UploadsApiTests : IAsyncLifetime
{
    private readonly ApiHost _host = new(seed: true, maxUploadBytes: 4096);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Delete();
    }

    private static MultipartFormDataContent Form(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        form.Add(new StringContent("证据"), "description");
        return form;
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    [Fact]
    public async Task A_pdf_is_stored_an_oversized_file_is_413_and_a_disguised_one_415_and_neither_is_stored()
    {
        var clerk = await _host.ClientAsync("clerk");
        var id = (await ApiJson.RegisterAsync(clerk, ApiJson.Today)).Id();
        var materials = Path.Combine(_host.Directory, "materials");

        var tooLarge = await clerk.PostAsync($"/api/v1/cases/{id}/materials", Form(Pdf(5000), "大文件.pdf"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("超过", (await tooLarge.ReadAsync()).GetProperty("detail").GetString());

        var program = new byte[200];
        "MZ"u8.CopyTo(program);
        var disguised = await clerk.PostAsync($"/api/v1/cases/{id}/materials", Form(program, "证据.pdf"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, disguised.StatusCode);
        var problem = await disguised.ReadAsync();
        Assert.Equal("文件类型不被接受", problem.GetProperty("title").GetString());
        Assert.Contains("Windows可执行程序", problem.GetProperty("detail").GetString());
        var pngAsPdf = await clerk.PostAsync($"/api/v1/cases/{id}/materials",
            Form([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "照片.pdf"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pngAsPdf.StatusCode);

        Assert.Empty((await (await clerk.GetAsync($"/api/v1/cases/{id}/materials")).ReadAsync()).EnumerateArray());
        Assert.False(Directory.Exists(materials) && Directory.EnumerateFiles(materials, "*", SearchOption.AllDirectories).Any());

        var ok = await clerk.PostAsync($"/api/v1/cases/{id}/materials", Form(Pdf(1000), "申请书.pdf"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var material = await ok.ReadAsync();
        var download = await clerk.GetAsync($"/api/v1/cases/{id}/materials/{material.GetProperty("id").GetGuid()}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1000, (await download.Content.ReadAsByteArrayAsync()).Length);
    }
}
