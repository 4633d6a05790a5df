namespace Reconsideration.DocumentGen.Model;

/// <summary>Horizontal alignment of a paragraph's lines; justified lines spread CJK text to the full width (the last line excepted).</summary>
public enum ParagraphAlignment
{
    Justify,
    Left,
    Center,
    Right,
}
