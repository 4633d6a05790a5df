namespace Reconsideration.Host.Features.Staff.Forms;

/// <summary>How a form field is entered and which JSON value it becomes.</summary>
public enum FieldKind
{
    /// <summary>One line of text → string.</summary>
    Text,

    /// <summary>Several paragraphs → string.</summary>
    Paragraphs,

    /// <summary>One item per line → array of strings.</summary>
    Lines,

    /// <summary>A day → ISO date string.</summary>
    Date,

    /// <summary>是 / 否 → boolean.</summary>
    YesNo,

    /// <summary>One of the options → the option's value.</summary>
    Choice,

    /// <summary>A whole number → number.</summary>
    Number,
}
