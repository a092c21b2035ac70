using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KbSite.Search;

/// <summary>
/// Joins a run of three or more single-character tokens (letters or digits, two letters at least), each one space
/// apart, into one token: the old KB habit of writing query words spaced out ("S E R V P A C K", "N T S P 4") then
/// means the same as "SERVPACK" and "NTSP4". Runs of one or two ("a b test") and runs of digits alone ("1 2 3") pass
/// through unchanged. Put it before any stop-word filter, which would eat the "A".
/// </summary>
public sealed class SingleLetterJoinFilter : TokenFilter
{
    private const int MinRun = 3;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly Queue<State> _pending = new();
    private readonly List<State> _run = [];
    private readonly List<(char Letter, int Start, int End)> _letters = [];
    private State? _lookahead;
    private bool _exhausted;

    public SingleLetterJoinFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_pending.Count > 0)
            {
                RestoreState(_pending.Dequeue());
                return true;
            }

            if (_lookahead is { } next)
            {
                _lookahead = null;
                RestoreState(next);
            }
            else if (_exhausted || !m_input.IncrementToken())
            {
                _exhausted = true;
                if (_run.Count == 0)
                {
                    return false;
                }

                FlushRun();
                continue;
            }

            if (IsSingleLetter() && (_letters.Count == 0 || (_offset.StartOffset == _letters[^1].End + 1 && _position.PositionIncrement == 1)))
            {
                _run.Add(CaptureState());
                _letters.Add((_term.Buffer[0], _offset.StartOffset, _offset.EndOffset));
                continue;
            }

            if (_run.Count > 0)
            {
                // This token ends the run: emit the run first, then this token.
                _lookahead = CaptureState();
                FlushRun();
                continue;
            }

            return true;
        }
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _run.Clear();
        _letters.Clear();
        _lookahead = null;
        _exhausted = false;
    }

    private bool IsSingleLetter() => _term.Length == 1 && char.IsLetterOrDigit(_term.Buffer[0]);

    private void FlushRun()
    {
        if (_run.Count >= MinRun && _letters.Count(l => char.IsLetter(l.Letter)) >= 2)
        {
            RestoreState(_run[0]);
            var joined = new string(_letters.Select(l => l.Letter).ToArray());
            _term.SetEmpty().Append(joined);
            _offset.SetOffset(_letters[0].Start, _letters[^1].End);
            _type.Type = "<JOINED>";
            _pending.Enqueue(CaptureState());
        }
        else
        {
            foreach (var state in _run)
            {
                _pending.Enqueue(state);
            }
        }

        _run.Clear();
        _letters.Clear();
    }
}
