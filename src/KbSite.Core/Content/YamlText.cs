using System.Globalization;
using System.Text;

namespace KbSite.Content;

/// <summary>YAML scalars written so that any reader reads back exactly the text given.</summary>
internal static class YamlText
{
    /// <summary>A mapping key: bare when it is a plain name ("ms.topic", "weight"), quoted otherwise.</summary>
    public static string Key(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            && !(name.Equals("true", StringComparison.OrdinalIgnoreCase) || name.Equals("false", StringComparison.OrdinalIgnoreCase) || name.Equals("null", StringComparison.OrdinalIgnoreCase))
            ? name
            : Quote(name);

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped.</summary>
    public static string Quote(string value)
    {
        var q = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': q.Append("\\\\"); break;
                case '"': q.Append("\\\""); break;
                case '\n': q.Append("\\n"); break;
                case '\r': q.Append("\\r"); break;
                case '\t': q.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        q.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        q.Append(c);
                    }

                    break;
            }
        }

        return q.Append('"').ToString();
    }
}
