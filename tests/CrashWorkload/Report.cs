namespace Reconsideration.CrashWorkload;

/// <summary>Progress lines on stdout, one write and flush each, so the test reads only what has happened.</summary>
internal static class Report
{
    private static readonly Lock Gate = new();

    public static void Line(string text)
    {
        lock (Gate)
        {
            Console.Out.Write(text + ";\n");
            Console.Out.Flush();
        }
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
