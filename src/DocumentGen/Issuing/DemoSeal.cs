namespace Reconsideration.DocumentGen.Issuing;

/// <summary>
/// The demonstration seal of the fictional 红星区人民政府 (Assets/demo-seal.svg drawn to PNG), used until a
/// deployment configures its organ's own seal image.
/// </summary>
public static class DemoSeal
{
    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(DemoSeal).Assembly.GetManifestResourceStream("Reconsideration.DocumentGen.demo-seal.png")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The seal as a PNG with a transparent background.</summary>
    public static byte[] Png => Bytes.Value;
}
