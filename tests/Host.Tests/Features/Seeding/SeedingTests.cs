using System.Net;
using Reconsideration.Host.Tests.Features.Api;

namespace Reconsideration.Host.Tests.Features.Seeding;

public sealed class SeedingTests
{
    [Fact]
    public async Task Seeding_twice_leaves_the_same_users_and_cases_and_is_off_unless_asked()
    {
        var directory = Directory.CreateTempSubdirectory("rc-seed-").FullName;
        long users, cases;
        await using (var first = new ApiHost(seed: true, directory: directory))
        {
            var client = await first.ClientAsync("district-leader");
            var page = await (await client.GetAsync("/api/v1/cases?pageSize=100")).ReadAsync();
            var statuses = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToHashSet();
            foreach (var status in new[] { "UnderAcceptanceReview", "CorrectionRequested", "Refused", "InReview", "Suspended", "Decided", "Closed" })
                Assert.Contains(status, statuses);
            users = first.Count("identity_users");
            cases = first.Count("case_cases");
        }

        await using (var second = new ApiHost(seed: true, directory: directory))
        {
            await second.ClientAsync("admin");
            Assert.Equal(users, second.Count("identity_users"));
            Assert.Equal(cases, second.Count("case_cases"));
            Assert.Equal(8, users);   // one account per role, two handlers
            Assert.Equal(13, cases);
        }

        var empty = new ApiHost(seed: false);
        try
        {
            var response = await empty.Anonymous().PostAsync("/api/v1/auth/token",
                System.Net.Http.Json.JsonContent.Create(new { userName = "admin", password = ApiHost.Password }));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(0, empty.Count("case_cases"));
        }
        finally
        {
            await empty.DisposeAsync();
            empty.Delete();
            Directory.Delete(directory, recursive: true);
        }
    }
}
