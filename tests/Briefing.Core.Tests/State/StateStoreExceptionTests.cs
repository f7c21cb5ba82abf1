using Microsoft.Data.Sqlite;

namespace Briefing.State;

public sealed class StateStoreExceptionTests
{
    [Theory]
    [InlineData(13, "cannot grow: the disk is full")]
    [InlineData(26, "is not a SQLite database (or is encrypted)")]
    [InlineData(11, "is damaged")]
    [InlineData(8, "is read-only")]
    [InlineData(14, "cannot be opened or created")]
    public void For_SqliteResultCode_SaysWhatIsWrongInOneLineNamingTheFile(int code, string expected)
    {
        var error = StateStoreException.For("/var/lib/briefing/state.db", new SqliteException("SQLite Error: details\nsecond line", code));

        Assert.Equal($"The state database '/var/lib/briefing/state.db' {expected}; fix or move it, or point Briefing:Worker:StateDatabase at another file.", error.Message);
    }

    [Fact]
    public void For_FileSystemError_KeepsItsMessageOnOneLine()
    {
        var error = StateStoreException.For("/s.db", new IOException("Not a directory\n : '/s'"));

        Assert.Equal("The state database '/s.db' cannot be used (Not a directory : '/s'); fix or move it, or point Briefing:Worker:StateDatabase at another file.", error.Message);
    }
}
