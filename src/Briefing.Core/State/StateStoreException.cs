using Microsoft.Data.Sqlite;

namespace Briefing.State;

/// <summary>The state database cannot be used: a pass cannot remember what it briefed, so it stops.</summary>
/// <remarks>Unlike an article's failure this ends the pass; the message names the file and what to do about it.</remarks>
internal sealed class StateStoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>One line for <paramref name="path"/> that says what is wrong, from SQLite's result code or the file system's error.</summary>
    public static StateStoreException For(string path, Exception e)
    {
        var problem = e switch
        {
            SqliteException { SqliteErrorCode: 26 } => "is not a SQLite database (or is encrypted)",
            SqliteException { SqliteErrorCode: 11 } => "is damaged",
            SqliteException { SqliteErrorCode: 13 } => "cannot grow: the disk is full",
            SqliteException { SqliteErrorCode: 14 } => "cannot be opened or created",
            SqliteException { SqliteErrorCode: 8 } => "is read-only",
            SqliteException { SqliteErrorCode: 5 or 6 } => "stayed locked by another process",
            SqliteException { SqliteErrorCode: 10 } => "could not be read or written (disk I/O error)",
            SqliteException sqlite => $"failed ({Worker.ItemFailure.OneLine(sqlite.Message)})",
            UnauthorizedAccessException => "is not accessible (permission denied)",
            _ => $"cannot be used ({Worker.ItemFailure.OneLine(e.Message)})",
        };
        return new StateStoreException(
            $"The state database '{path}' {problem}; fix or move it, or point Briefing:Worker:StateDatabase at another file.", e);
    }
}
