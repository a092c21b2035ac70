namespace KbSite.Matching;

/// <summary>An event signature as the index keeps it for matching (inside an <see cref="EventCard"/>).</summary>
public sealed record StoredSignature(string Source, int EventId, string Level, string Message);
