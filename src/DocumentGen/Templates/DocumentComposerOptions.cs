using Reconsideration.DocumentGen.DocumentTypes;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>Where a <see cref="DocumentComposer"/> finds its templates, numbering configuration and samples.</summary>
public sealed class DocumentComposerOptions
{
    /// <summary>The shipped templates; default the "Templates" folder beside the assembly.</summary>
    public string TemplateDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "Templates");

    /// <summary>
    /// A deployment's own templates, searched before <see cref="TemplateDirectory"/>: a file here (a template,
    /// a partial such as _remedy.liquid, or numbering.json) replaces the shipped file of the same name.
    /// </summary>
    public string? OverrideDirectory { get; init; }

    /// <summary>The sample data files; default the "Samples" folder beside the assembly.</summary>
    public string SampleDirectory { get; init; } = DocumentTypeCatalog.DefaultSampleDirectory;
}
