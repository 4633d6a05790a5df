using System.Xml.Linq;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Designer.Services;
using Reconsideration.Host.Features.Staff.Forms;

namespace Reconsideration.Host.Tests.Features.Designer;

/// <summary>The forms the properties panel offers are the staff app's registered task forms: the two cannot drift.</summary>
public sealed class DesignerCatalogSourceTests
{
    [Fact]
    public void The_panel_offers_each_registered_task_form_under_its_Chinese_title()
    {
        Assert.Equal(TaskForms.Registered.Select(f => (f.Key, f.Title)), DesignerCatalogSource.Forms.Select(f => (f.Key, f.Name)));
        Assert.All(TaskForms.Registered, f =>
        {
            Assert.Equal(f.Key, TaskForms.Create(f.Key, "Task")?.Key);
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", f.Title);
        });
        Assert.Equal(TaskForms.Registered.Count, TaskForms.Registered.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void Each_form_key_of_each_shipped_workflow_is_a_registered_form()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.bpmn");
        Assert.NotEmpty(files);
        var keys = files.SelectMany(f => XDocument.Load(f).Descendants())
            .Select(e => (string?)e.Attribute(XName.Get("formKey", "urn:reconsideration:bpmn:1.0"))).OfType<string>().Distinct().ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains(key, DesignerCatalogSource.Forms.Select(f => f.Key)));
    }

    [Fact]
    public void The_document_type_of_each_shipped_documents_task_is_offered_under_its_Chinese_name()
    {
        var catalog = new DesignerCatalogSource([], new DocumentComposer().Catalog).Catalog();
        var rc = XNamespace.Get("urn:reconsideration:bpmn:1.0");
        var types = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflow-definitions"), "*.bpmn")
            .SelectMany(f => XDocument.Load(f).Descendants().Where(e => (string?)e.Attribute(rc + "handler") == "documents.issue"))
            .SelectMany(task => task.Descendants(rc + "parameter").Where(p => (string?)p.Attribute("name") == "type").Select(p => p.Value.Trim()))
            .Distinct().ToList();

        Assert.True(types.Count >= 10, $"only {types.Count} document types in the shipped workflows");
        Assert.All(types, type => Assert.Contains(type, catalog.DocumentTypes.Select(d => d.Key)));
        Assert.Equal("行政复议决定书", catalog.DocumentTypes.Single(d => d.Key == "decision").Name);
    }
}
