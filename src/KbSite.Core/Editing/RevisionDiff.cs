using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace KbSite.Editing;

/// <summary>How a line fares between two versions of an article.</summary>
public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>One line of a diff.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>Line diffs of articles in the content format: front-matter lines are the structured fields, the rest is the body.</summary>
public static class RevisionDiff
{
    private static readonly InlineDiffBuilder Builder = new(new Differ());

    public static IReadOnlyList<DiffLine> Lines(string before, string after) =>
        Builder.BuildDiffModel(before ?? "", after ?? "", ignoreWhitespace: false).Lines
            .Select(l => new DiffLine(
                l.Type switch { ChangeType.Inserted => DiffKind.Added, ChangeType.Deleted => DiffKind.Removed, _ => DiffKind.Unchanged },
                l.Text ?? ""))
            .ToList();
}
