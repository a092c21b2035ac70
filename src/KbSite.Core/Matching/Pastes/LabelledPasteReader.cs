using System.Text;
using System.Text.RegularExpressions;
using KbSite.Articles;

namespace KbSite.Matching.Pastes;

/// <summary>
/// "Label: value" lines, one event after another: Event Viewer's "Copy details", wevtutil /f:text (Event[n] headers),
/// PowerShell's Format-List of Get-WinEvent and Get-EventLog ("Label      : value"), and NT-era labelled blocks
/// ("Event ID: / Source: / Type: / Description:"). A label the current event already has starts the next one; the
/// message runs on over the lines that follow it.
/// </summary>
internal sealed partial class LabelledPasteReader : IPasteReader
{
    private enum Field
    {
        Ignore,
        Source,
        Id,
        InstanceId,
        Level,
        Message,
        End,
    }

    private static readonly Dictionary<string, Field> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Source"] = Field.Source,
        ["ProviderName"] = Field.Source,
        ["Provider Name"] = Field.Source,
        ["Event ID"] = Field.Id,
        ["EventID"] = Field.Id,
        ["Id"] = Field.Id,
        ["InstanceId"] = Field.InstanceId,
        ["Level"] = Field.Level,
        ["LevelDisplayName"] = Field.Level,
        ["EntryType"] = Field.Level,
        ["Type"] = Field.Level,
        ["Event Type"] = Field.Level,
        ["Description"] = Field.Message,
        ["Message"] = Field.Message,
        ["Event Xml"] = Field.End,
        ["Log Name"] = Field.Ignore,
        ["LogName"] = Field.Ignore,
        ["Date"] = Field.Ignore,
        ["Time"] = Field.Ignore,
        ["TimeCreated"] = Field.Ignore,
        ["TimeGenerated"] = Field.Ignore,
        ["TimeWritten"] = Field.Ignore,
        ["Task Category"] = Field.Ignore,
        ["Task"] = Field.Ignore,
        ["Category"] = Field.Ignore,
        ["CategoryNumber"] = Field.Ignore,
        ["Keywords"] = Field.Ignore,
        ["Keyword"] = Field.Ignore,
        ["User Name"] = Field.Ignore,
        ["KeywordsDisplayNames"] = Field.Ignore,
        ["User"] = Field.Ignore,
        ["UserName"] = Field.Ignore,
        ["UserId"] = Field.Ignore,
        ["Computer"] = Field.Ignore,
        ["MachineName"] = Field.Ignore,
        ["Opcode"] = Field.Ignore,
        ["OpcodeDisplayName"] = Field.Ignore,
        ["Index"] = Field.Ignore,
        ["RecordId"] = Field.Ignore,
        ["ProcessId"] = Field.Ignore,
        ["ThreadId"] = Field.Ignore,
        ["ReplacementStrings"] = Field.Ignore,
        ["Data"] = Field.Ignore,
        ["Site"] = Field.Ignore,
        ["Container"] = Field.Ignore,
        ["ContainerLog"] = Field.Ignore,
        ["Version"] = Field.Ignore,
        ["Qualifiers"] = Field.Ignore,
        ["ActivityId"] = Field.Ignore,
        ["RelatedActivityId"] = Field.Ignore,
        ["ProviderId"] = Field.Ignore,
        ["Properties"] = Field.Ignore,
        ["Bookmark"] = Field.Ignore,
        ["MatchedQueryIds"] = Field.Ignore,
    };

    // "Label: value" or PowerShell's "Label      : value" at the start of a line.
    [GeneratedRegex(@"^[ \t]*(?<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*:(?:[ \t]+|$)(?<value>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]

    private static partial Regex LabelLine();

    [GeneratedRegex(@"^\s*Event\[\d+\]\s*:?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WevtutilHeader();

    public IReadOnlyList<PastedEvent> Read(string text)
    {
        var events = new List<PastedEvent>();
        var record = new Record();
        var format = PasteFormats.Labelled;
        Field? open = null;
        var sawLabels = 0;

        void Finish()
        {
            if (record.HasEvent && events.Count < EventPasteParser.MaxEvents)
            {
                events.Add(record.ToEvent(format));
            }

            record = new Record();
            open = null;
        }

        foreach (var raw in text.Split('\n'))
        {
            if (WevtutilHeader().IsMatch(raw))
            {
                Finish();
                format = PasteFormats.Wevtutil;
                continue;
            }

            var m = LabelLine().Match(raw);
            var field = m.Success && Labels.TryGetValue(m.Groups["label"].Value.Trim(), out var f) ? f : (Field?)null;
            if (field is null)
            {
                if (open == Field.Message)
                {
                    record.Message.Append('\n').Append(raw);
                }

                continue;
            }

            sawLabels++;
            if (field == Field.End)
            {
                open = null;
                continue;
            }

            // A label this record already has starts the next event.
            if (field != Field.Ignore && record.Has(field.Value))
            {
                Finish();
            }

            if (raw.Contains(" : ", StringComparison.Ordinal) && format == PasteFormats.Labelled)
            {
                format = PasteFormats.PowerShell;
            }
            else if (string.Equals(m.Groups["label"].Value.Trim(), "Log Name", StringComparison.OrdinalIgnoreCase) && format == PasteFormats.Labelled)
            {
                format = PasteFormats.EventViewer;
            }

            record.Set(field.Value, m.Groups["value"].Value.Trim());
            open = field;
        }

        Finish();
        return sawLabels >= 2 ? events : [];
    }

    private sealed class Record
    {
        private readonly HashSet<Field> _seen = [];
        private string _source = "";
        private int? _id;
        private int? _instanceId;
        private string _level = "";

        public StringBuilder Message { get; } = new();

        public bool HasEvent => _source.Length > 0 || _id is not null || _instanceId is not null || Message.Length > 0;

        public bool Has(Field field) => _seen.Contains(field);

        public void Set(Field field, string value)
        {
            _seen.Add(field);
            switch (field)
            {
                case Field.Source: _source = value; break;
                case Field.Id: _id = PasteText.EventId(value); break;
                case Field.InstanceId: _instanceId = PasteText.FromInstanceId(value); break;
                case Field.Level: _level = value; break;
                case Field.Message: Message.Append(value); break;
            }
        }

        public PastedEvent ToEvent(string format) => new(_source, _id ?? _instanceId, _level, PasteText.Message(Message.ToString()), format);
    }
}
