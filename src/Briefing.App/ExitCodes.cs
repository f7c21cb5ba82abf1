using Briefing.Articles;

namespace Briefing.App;

/// <summary>The process exit codes, documented in the README; scripts rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int InputNotFound = 3;
    public const int InputInvalid = 4;
    public const int InputTooLarge = 5;
    public const int FetchFailed = 6;
    public const int ModelFailed = 7;
    public const int Configuration = 8;

    /// <summary><c>worker --once</c> finished, but some articles or sources failed or were left pending (see the digest).</summary>
    public const int ArticlesFailed = 9;

    /// <summary>Another worker pass holds the state database's lock; this pass waited, then did not start.</summary>
    public const int Busy = 10;

    /// <summary><c>eval</c> wrote its report, but some cases produced no briefing (listed in the report).</summary>
    public const int EvalCasesFailed = 11;

    /// <summary><c>deliver</c>: the digest did not reach every target (each one's reason is printed).</summary>
    public const int DeliveryFailed = 12;
    public const int Cancelled = 130;

    public static int For(ArticleErrorKind kind) => kind switch
    {
        ArticleErrorKind.NotFound => InputNotFound,
        ArticleErrorKind.TooLarge => InputTooLarge,
        ArticleErrorKind.FetchFailed or ArticleErrorKind.UnsupportedContent => FetchFailed,
        _ => InputInvalid,
    };
}
