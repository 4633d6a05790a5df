using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reconsideration.Workflows;

namespace Reconsideration.Host.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rc-host-").FullName;

    private WebApplicationFactory<Program> Factory(string definitions) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("Workflows:Database", Path.Combine(_directory, "host.db"));
        b.UseSetting("Workflows:Definitions", definitions);
    });

    [Fact]
    public async Task The_home_page_is_Chinese_and_health_reports_the_engine_healthy()
    {
        await using var factory = Factory(Path.Combine(_directory, "none"));
        var client = factory.CreateClient();

        var home = await client.GetStringAsync("/");
        Assert.Contains("行政复议案件办理系统", home);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shipped_definitions_are_deployed_once_at_start_up_and_keep_their_version_on_restart()
    {
        var definitions = Directory.CreateDirectory(Path.Combine(_directory, "defs")).FullName;
        await File.WriteAllTextAsync(Path.Combine(definitions, "demo.bpmn"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <bpmn:process id="demo" isExecutable="true">
                <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"/>
              </bpmn:process>
            </bpmn:definitions>
            """);
        for (var start = 0; start < 2; start++)
        {
            await using var factory = Factory(definitions);
            factory.CreateClient();
            var engine = factory.Services.GetRequiredService<WorkflowEngine>();
            var deployed = Assert.Single(await engine.DefinitionsAsync("demo"));
            Assert.Equal(1, deployed.Version);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
