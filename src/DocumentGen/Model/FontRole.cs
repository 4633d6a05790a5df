namespace Reconsideration.DocumentGen.Model;

/// <summary>
/// The typeface roles of GB/T 9704: title (小标宋), body (仿宋), heading (黑体, first-level headings), kai (楷体,
/// second-level headings and quoted passages). Which font file serves each role is configuration.
/// </summary>
public enum FontRole
{
    Body,
    Title,
    Heading,
    Kai,
}
