using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Reconsideration.EndToEnd.Tests;

/// <summary>
/// The "usable with the keyboard, labelled form fields, readable on a 1366×768 laptop", checked on every page
/// of the staff app each role opens: nothing wider than the screen, every field with an accessible name, and the daily
/// path — signing in, going to 待办, opening a task — done with the keyboard alone.
/// </summary>
[Collection(StaffAppCollection.Name)]
public sealed class PageLayoutTests(StaffApp app)
{
    /// <summary>What the page shows that a 1366-pixel-wide screen cannot, and the fields without a name.</summary>
    private const string Problems = """
        () => {
          const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
            return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
          const named = e => (e.labels && e.labels.length > 0) || e.getAttribute('aria-label')
            || e.getAttribute('aria-labelledby') || e.getAttribute('title') || e.closest('label');
          const fields = [...document.querySelectorAll('input:not([type=hidden]), select, textarea, [role=combobox]')]
            .filter(visible).filter(e => !named(e))
            .map(e => e.outerHTML.slice(0, 160));
          const wide = document.documentElement.scrollWidth - window.innerWidth;
          return { wide, fields };
        }
        """;

    private sealed class PageProblems
    {
        public int Wide { get; set; }
        public string[] Fields { get; set; } = [];
    }

    [Fact]
    public async Task Every_page_fits_a_1366_pixel_screen_and_names_every_field()
    {
        var problems = new List<string>();
        async Task CheckAsync(IPage page, string path, string heading)
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToContainTextAsync(heading);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var found = await page.EvaluateAsync<PageProblems>(Problems);
            if (found.Wide > 1) problems.Add($"{path}: {found.Wide} px wider than the screen");
            problems.AddRange(found.Fields.Select(f => $"{path}: field without a name: {f}"));
        }

        var clerk = await app.SignedInAsync("clerk");
        await CheckAsync(clerk, "/", "工作台");
        await CheckAsync(clerk, "/tasks", "待办");
        await CheckAsync(clerk, "/cases", "案件查询");
        await CheckAsync(clerk, "/cases/new", "收案登记");
        await CheckAsync(clerk, "/account/password", "修改密码");

        // Each task page of the demo inboxes (a form per stage), and a case workspace.
        var taskPages = 0;
        foreach (var user in new[] { "handler", "reviewer", "bureau-head" })
        {
            var page = await app.SignedInAsync(user);
            foreach (var (taskId, name) in await OpenTasksAsync(user))
            {
                await CheckAsync(page, $"/tasks/{taskId}", name);
                taskPages++;
            }
            if (user == "handler")
            {
                var caseId = await FirstCaseAsync(user);
                await CheckAsync(page, $"/cases/{caseId}", "");
            }
        }

        var admin = await app.SignedInAsync("admin");
        await CheckAsync(admin, "/admin/users", "用户与角色");
        await CheckAsync(admin, "/admin/holidays", "节假日");
        await CheckAsync(admin, "/admin/organ", "机关");

        Assert.Empty(problems);
        Assert.True(taskPages >= 5, $"only {taskPages} task pages were looked at");   // the demo inboxes hold six stages
    }

    [Fact]
    public async Task A_handler_signs_in_goes_to_the_inbox_and_opens_a_task_with_the_keyboard_alone()
    {
        var page = await app.PageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/signin"));
        await page.GetByLabel("用户名").FocusAsync();
        await page.Keyboard.TypeAsync("handler");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(HostProcess.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Level = 1 })).ToBeVisibleAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "待办", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办", Level = 1 })).ToBeVisibleAsync();

        var open = page.GetByTestId("task-row").First.GetByRole(AriaRole.Link).First;
        var name = (await open.InnerTextAsync()).Trim();
        await TabToAsync(page, open);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await app.ShotAsync(page, "keyboard-task-page");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if 80 presses do not reach it.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        var handle = await target.ElementHandleAsync();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("e => document.activeElement === e", handle)) return;
        }
        Assert.Fail($"Tab does not reach {await target.InnerTextAsync()}");
    }

    /// <summary>The user's open tasks, one per task name (a form per stage), from the first page of the list.</summary>
    private async Task<List<(string Id, string Name)>> OpenTasksAsync(string user)
    {
        using var client = await app.Host.ApiAsync(user);
        var page = await client.GetFromJsonAsync<JsonElement>("api/v1/tasks?pageSize=100");
        return [.. page.GetProperty("items").EnumerateArray()
            .Select(t => (Id: t.GetProperty("id").GetString()!, Name: t.GetProperty("name").GetString() ?? ""))
            .Where(t => t.Name.Length > 0)
            .DistinctBy(t => t.Name)];
    }

    private async Task<string> FirstCaseAsync(string user)
    {
        using var client = await app.Host.ApiAsync(user);
        var cases = await client.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=1");
        return cases.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
