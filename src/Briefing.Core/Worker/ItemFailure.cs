using System.Net.Sockets;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;

namespace Briefing.Worker;

/// <summary>Why one item (an inbox entry, a feed item, an article) could not be briefed, and whose fault that was.</summary>
/// <param name="Reason">One line for the digest and the reason file: no type names, no stack trace.</param>
/// <param name="Transient">True when the world failed (model, network, disk) and a later pass may succeed; false when
/// the article itself is the problem, so it is quarantined at once.</param>
internal sealed record ItemFailure(string Reason, bool Transient)
{
    /// <summary>Classifies any exception an item raised; the exceptions that stop a pass never get here.</summary>
    public static ItemFailure Of(Exception e) => e switch
    {
        // A page that cannot be fetched may be back later (a server error, a timeout, a network cut); its text is not at fault.
        ArticleException article => new(OneLine(article.Message), article.IsTransient),
        ModelException model => new(OneLine(model.Message), model.IsTransient),
        OutputWriteException output => new(OneLine(output.Message), true),
        // HttpIOException is how a connection cut in the middle of a body shows.
        HttpRequestException or HttpIOException or SocketException or TimeoutException or OperationCanceledException =>
            new($"The network failed: {OneLine(e.Message)}", true),
        _ => new($"Unexpected failure: {OneLine(e.Message)}", false),
    };

    /// <summary>Whether <paramref name="e"/> belongs to one item; a cancelled pass and an unusable state store stop the pass instead.</summary>
    public static bool BelongsToItem(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        State.StateStoreException or State.StateLockedException => false,
        _ => true,
    };

    public static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length == 0 ? "no reason was given" : line;
    }
}
