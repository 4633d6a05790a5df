using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Issuing;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Templates;
using Reconsideration.Host.Features.Documents;

namespace Reconsideration.Host.Cli;

/// <summary>
/// <c>render --list</c> prints the document types; <c>render &lt;type&gt; --sample|--data file.json --out file.pdf
/// [--issue] [--Documents:Key value]</c> renders one: a preview by default, or with <c>--issue</c> coded, signed and entered in the register.
/// </summary>
internal static class RenderVerb
{
    private const string Usage = "用法：render --list\n      render <文书类型> --sample|--data <数据.json> --out <文件.pdf> [--issue] [--Documents:DataDirectory <目录>]";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = DocumentsSetup.Bind(Configuration(args));
        var composer = DocumentsSetup.CreateComposer(options);
        if (args is [_, "--list"])
        {
            foreach (var type in composer.Catalog.All) await stdout.WriteLineAsync($"{type.Key,-26}{type.ChineseName}");
            return 0;
        }
        if (args.Length < 2 || args[1].StartsWith('-') || Option(args, "--out") is not { } output
            || (args.Contains("--sample") == (Option(args, "--data") is not null)))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        var typeKey = args[1];
        if (!composer.Catalog.TryGet(typeKey, out _))
        {
            await stderr.WriteLineAsync($"没有文书类型“{typeKey}”。可用的类型见 render --list。");
            return 2;
        }
        try
        {
            var data = args.Contains("--sample") ? composer.LoadSample(typeKey) : ReadData(Option(args, "--data")!);
            if (args.Contains("--issue"))
            {
                var issued = DocumentsSetup.CreateIssuer(options, DocumentsSetup.CreateRegister(options)).Issue(typeKey, data);
                await WriteAsync(output, issued.Pdf);
                await stdout.WriteLineAsync($"已签发 {output}：{issued.Record.Title}，验证码 {issued.Record.VerificationCode}，SHA-256 {issued.Record.Sha256}");
            }
            else
            {
                await WriteAsync(output, DocumentsSetup.CreateRenderer(options).Render(composer.Compose(typeKey, data)));
                await stdout.WriteLineAsync($"已生成 {output}（预览，未签章）。");
            }
            return 0;
        }
        catch (Exception e) when (e is TemplateException or MissingGlyphException or LayoutException or JsonException
            or FileNotFoundException or DirectoryNotFoundException or ArgumentException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"未生成文书：{e.Message}");
            return 2;
        }
    }

    private static JsonNode ReadData(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })
                ?? throw new JsonException("文件为空。");
        }
        catch (JsonException e)
        {
            throw new JsonException($"数据文件 {path} 第{(e.LineNumber ?? 0) + 1}行不是有效的 JSON：{e.Message}", e);
        }
    }

    // Written beside the target and moved into place, so a failure never leaves half a PDF under the name asked for.
    private static async Task WriteAsync(string path, byte[] pdf)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, pdf);
        File.Move(temporary, path, overwrite: true);
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    // As for the web host: appsettings.json, environment, then "--Documents:Key value" switches on the command line.
    private static IConfiguration Configuration(string[] args)
    {
        var switches = new Dictionary<string, string?>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i].StartsWith("--Documents:", StringComparison.Ordinal)) switches[args[i][2..]] = args[++i];
        }
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(switches)
            .Build();
    }
}
