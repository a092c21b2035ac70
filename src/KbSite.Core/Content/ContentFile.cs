namespace KbSite.Content;

/// <summary>One file offered for import: its name (for messages and to pick the format) and its bytes.</summary>
public sealed record ContentFile(string Name, byte[] Bytes);
