namespace KbSite.Articles;

public sealed class VersionComparerTests
{
    [Fact]
    public void Versions_order_by_their_numbers_not_their_text()
    {
        string[] versions = ["10.0", "4.0", "5.5", "2000", "5.0", "4.0 SP2"];

        var ordered = versions.Order(VersionComparer.Instance).ToList();

        Assert.Equal(["4.0", "4.0 SP2", "5.0", "5.5", "10.0", "2000"], ordered);
    }

    [Theory]
    [InlineData("4.0", "4.0.1", -1)]
    [InlineData("NT", "nt", 0)]
    [InlineData("beta", "5.0", -1)]
    [InlineData(null, "1.0", -1)]
    public void Equal_numbers_fall_back_to_length_then_text(string? x, string? y, int sign)
    {
        Assert.Equal(sign, Math.Sign(VersionComparer.Instance.Compare(x, y)));
        Assert.Equal(-sign, Math.Sign(VersionComparer.Instance.Compare(y, x)));
    }
}
