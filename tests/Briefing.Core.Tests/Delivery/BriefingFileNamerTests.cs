namespace Briefing.Delivery;

public sealed class BriefingFileNamerTests
{
    private readonly BriefingFileNamer _namer = new();

    [Theory]
    [InlineData("Russian FM Lavrov advises Putin", "russian-fm-lavrov-advises-putin")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("C:\\Windows\\system32", "c-windows-system32")]
    [InlineData("Über die Brücke: Straßenbahn fährt wieder", "uber-die-brucke-stra-enbahn-fahrt-wieder")]
    [InlineData("…!!!", "article")]
    [InlineData("", "article")]
    public void Slug_AnyTitle_IsLowerCaseAsciiAndDashes(string title, string expected) =>
        Assert.Equal(expected, BriefingFileNamer.Slug(title));

    [Fact]
    public void Slug_LongTitle_IsCutAtSixtyCharacters()
    {
        var slug = BriefingFileNamer.Slug(string.Join(' ', Enumerable.Repeat("word", 40)));

        Assert.True(slug.Length <= 60);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Stem_NoTitle_UsesDateFileNameAndHashPrefix() =>
        Assert.Equal("2026-03-02-notes-from-monday-abcdef12", _namer.Stem(new DateOnly(2026, 3, 2), null, "Notes from Monday.txt", "abcdef1234567890"));

    [Theory]
    [InlineData("../escape.md")]
    [InlineData("sub/inner.md")]
    [InlineData("/etc/passwd")]
    public void PathIn_NameLeavingTheFolder_IsRefused(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefings");

        var error = Assert.Throws<IOException>(() => _namer.PathIn(folder, name));

        Assert.Contains("outside the output folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathIn_PlainName_IsInsideTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefings");

        Assert.Equal(Path.Combine(folder, "2026-03-02-x-1.md"), _namer.PathIn(folder, "2026-03-02-x-1.md"));
    }
}
