namespace KbSite.Content;

/// <summary>A content file that cannot be read as an article; the message says what is wrong, in words for an editor.</summary>
public sealed class ContentFormatException : Exception
{
    public ContentFormatException()
    {
    }

    public ContentFormatException(string message)
        : base(message)
    {
    }

    public ContentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
