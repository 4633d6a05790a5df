using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Loads, checks and renders the Liquid templates of a <see cref="TemplateFiles"/>. A template is re-read when
/// its file changes, so edits by legal staff apply to the next document. Output values are XML-escaped.
/// </summary>
internal sealed partial class TemplateLibrary
{
    private static readonly FluidParser Parser = CreateParser();

    // HtmlEncoder's output is valid XML text: &lt; &gt; &amp; &quot; and numeric references only.
    private static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly TemplateFiles _files;
    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, (DateTime Written, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);

    internal TemplateLibrary(TemplateFiles files)
    {
        _files = files;
        _options = new TemplateOptions
        {
            FileProvider = files,
            StrictFilters = true,
            MaxSteps = 2_000_000,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
        };
        LiquidExtensions.RegisterFilters(_options);
    }

    internal TemplateFiles Files => _files;

    /// <summary>Renders a template; the output still carries line markers. Throws <see cref="TemplateException"/>.</summary>
    internal string Render(string templateName, Dictionary<string, object?> model, bool maskIds)
    {
        var template = Get(templateName);
        foreach (var partial in _files.PartialNames()) Get(partial);

        var context = new TemplateContext(model, _options);
        context.AmbientValues[LiquidExtensions.MaskIdsKey] = maskIds;
        var output = new StringWriter();
        try
        {
            template.RenderAsync(output, context, Encoder).AsTask().GetAwaiter().GetResult();
            return output.ToString();
        }
        catch (TemplateRenderFailure failure)
        {
            var where = failure.Where ?? LineMarkers.Last(output.ToString());
            throw new TemplateException(NameAt(where, templateName), where?.Line, failure.Message, failure.Field, failure);
        }
        catch (Exception e) when (e is not TemplateException and not OutOfMemoryException)
        {
            var where = LineMarkers.Last(output.ToString());
            throw new TemplateException(NameAt(where, templateName), where?.Line,
                $"生成时出错：{FirstLine(e.Message)}。请检查该行附近的标签、过滤器名称和参数。", null, e);
        }
    }

    internal string NameAt(LineMarkers.Location? where, string fallback) =>
        where is { } location ? _files.NameOf(location.File) : fallback;

    /// <summary>The parsed template, parsing (and checking) it when new or changed.</summary>
    internal IFluidTemplate Get(string templateName)
    {
        var fileName = TemplateFiles.FileNameOf(templateName);
        var path = _files.Find(fileName)
            ?? throw new TemplateException(templateName, null,
                $"找不到模板文件 {fileName}。请在模板目录（{string.Join("；", _files.Directories)}）中提供该文件。");
        var written = File.GetLastWriteTimeUtc(path);
        if (_cache.TryGetValue(fileName, out var cached) && cached.Written == written) return cached.Template;

        var source = File.ReadAllText(path);
        // Parse the file as written first so a syntax error reports its true line and column.
        if (!Parser.TryParse(source, out _, out var error))
            throw SyntaxError(TemplateFiles.TemplateNameOf(fileName), error);
        var name = TemplateFiles.TemplateNameOf(fileName);
        if (!Parser.TryParse(LineMarkers.Inject(source, _files.IndexOf(name)), out var template, out error))
            throw SyntaxError(name, error);
        _cache[fileName] = (written, template);
        return template;
    }

    private static TemplateException SyntaxError(string name, string error)
    {
        var position = PositionPattern().Match(error);
        int? line = position.Success ? int.Parse(position.Groups[1].Value) : null;
        var column = position.Success ? $"第{position.Groups[2].Value}列" : "";
        return new TemplateException(name, line,
            $"Liquid 语法错误{(column.Length > 0 ? "（" + column + "）" : "")}：{FirstLine(error)}。" +
            "请检查 {% %} 和 {{ }} 是否成对闭合、标签名是否拼写正确、if/for/case 是否有对应的 endif/endfor/endcase。");
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).TrimEnd('.', ' ');
    }

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        LiquidExtensions.RegisterTags(parser);
        return parser;
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
