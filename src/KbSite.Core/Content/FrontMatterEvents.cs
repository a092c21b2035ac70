using KbSite.Articles;
using YamlDotNet.RepresentationModel;

namespace KbSite.Content;

/// <summary>
/// The "events" list of a front matter: one {source, id, level, message} mapping per event. An entry that cannot be a
/// signature (no message, an id outside 0-65535, not a mapping) is dropped with a note; the others stay.
/// </summary>
internal static class FrontMatterEvents
{
    public static List<EventSignature> Read(string key, YamlNode node, ICollection<string> notes)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode seq)
        {
            notes.Add($"\"{key}\" (front-matter line {node.Start.Line}) is not a list of {{source, id, level, message}} entries; it was dropped.");
            return [];
        }

        var events = new List<EventSignature>();
        var n = 0;
        foreach (var item in seq.Children)
        {
            n++;
            if (item is not YamlMappingNode map)
            {
                notes.Add($"event {n} (front-matter line {item.Start.Line}) is not a mapping with source, id, level and message; it was dropped.");
                continue;
            }

            if (Entry(n, map, notes) is { } entry)
            {
                events.Add(EventSignature.At(events.Count, entry.Source, entry.Id, entry.Level, entry.Message));
            }
        }

        return events;
    }

    private static (string Source, int Id, string Level, string Message)? Entry(int n, YamlMappingNode map, ICollection<string> notes)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value?.Trim() ?? "";
            var part = FrontMatterKeys.EventKeys.Contains(name.ToLowerInvariant()) ? name.ToLowerInvariant() : FrontMatterKeys.EventAliases.GetValueOrDefault(name);
            if (part is null)
            {
                notes.Add($"event {n} has a key \"{FrontMatterFields.Shorten(name)}\" that is not source, id, level or message; that value was dropped.");
            }
            else if (v is YamlScalarNode scalar)
            {
                values.TryAdd(part, (scalar.Value ?? "").Trim());
            }
            else
            {
                notes.Add($"event {n}'s \"{name}\" is a list or a mapping, not a value; it was dropped.");
            }
        }

        var idText = values.GetValueOrDefault("id", "");
        if (EventIds.Parse(idText) is not { } id)
        {
            notes.Add($"event {n} has id \"{FrontMatterFields.Shorten(idText)}\", not a whole number from 0 to 65535; the event was dropped.");
            return null;
        }

        var message = values.GetValueOrDefault("message", "");
        if (message.Length == 0)
        {
            notes.Add($"event {n} (id {id}) has no message; the event was dropped.");
            return null;
        }

        return (values.GetValueOrDefault("source", ""), id, values.GetValueOrDefault("level", ""), message);
    }
}
