namespace KbSite.Matching;

/// <summary>One event read from a paste: what it says and which format it came in.</summary>
public sealed record PastedEvent(string Source, int? EventId, string Level, string Message, string Format);

/// <summary>The paste formats the parser recognises (the "format" of each event in the API).</summary>
public static class PasteFormats
{
    public const string Xml = "xml";
    public const string Csv = "csv";
    public const string EventViewer = "event-viewer";
    public const string Wevtutil = "wevtutil";
    public const string PowerShell = "powershell";
    public const string Labelled = "nt-labelled";
    public const string NtStyle = "nt";
    public const string Plain = "plain";
}
