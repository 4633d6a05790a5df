using System.Xml;
using System.Xml.Linq;

namespace Reconsideration.Host.Features.Designer.Services;

/// <summary>The checks a draft must pass to be stored: a well-formed BPMN 2.0 file, and process keys the engine takes.</summary>
public static partial class BpmnFile
{
    public const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Most a draft may weigh; the shipped reconsideration workflow is about 200 KB.</summary>
    public const int MaxLength = 5 * 1024 * 1024;

    /// <summary>Throws <see cref="DesignerInputException"/> unless the text is a BPMN file with a definitions root.</summary>
    public static void CheckReadable(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) throw new DesignerInputException("流程文件为空：请在设计器中绘制流程后再保存。");
        if (xml.Length > MaxLength) throw new DesignerInputException($"流程文件超过{MaxLength / 1024 / 1024} MB，未保存。");
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new DesignerInputException($"流程文件不是有效的 XML（第{e.LineNumber}行）：请导入设计器导出的 .bpmn 文件。");
        }
        if (document.Root?.Name != XName.Get("definitions", BpmnNamespace))
            throw new DesignerInputException("该文件不是 BPMN 2.0 流程文件（根元素应为 bpmn:definitions）。");
    }

    /// <summary>Throws unless the key can be a process id: a letter or underscore, then letters, digits, _ - .</summary>
    public static void CheckKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200 || !KeyPattern().IsMatch(key))
            throw new DesignerInputException("流程标识须以英文字母或下划线开头，只含英文字母、数字、下划线、连字符和点，最长200个字符，如 ExpeditedReview。");
    }

    /// <summary>An empty diagram of one executable process, the start of a new process in the designer.</summary>
    public static string NewDiagram(string key, string name)
    {
        XNamespace bpmn = BpmnNamespace, bpmndi = "http://www.omg.org/spec/BPMN/20100524/DI";
        var root = new XElement(bpmn + "definitions",
            new XAttribute(XNamespace.Xmlns + "bpmn", bpmn),
            new XAttribute(XNamespace.Xmlns + "bpmndi", bpmndi),
            new XAttribute(XNamespace.Xmlns + "dc", "http://www.omg.org/spec/DD/20100524/DC"),
            new XAttribute(XNamespace.Xmlns + "di", "http://www.omg.org/spec/DD/20100524/DI"),
            new XAttribute(XNamespace.Xmlns + "rc", "urn:reconsideration:bpmn:1.0"),
            new XAttribute("id", $"Definitions_{key}"),
            new XAttribute("targetNamespace", "urn:reconsideration:processes"),
            new XElement(bpmn + "process", new XAttribute("id", key), new XAttribute("name", name), new XAttribute("isExecutable", "true")),
            new XElement(bpmndi + "BPMNDiagram", new XAttribute("id", $"Diagram_{key}"),
                new XElement(bpmndi + "BPMNPlane", new XAttribute("id", $"Plane_{key}"), new XAttribute("bpmnElement", key))));
        return """<?xml version="1.0" encoding="UTF-8"?>""" + Environment.NewLine + root;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial System.Text.RegularExpressions.Regex KeyPattern();
}
