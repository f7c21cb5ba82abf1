namespace Briefing.App.Configuration;

/// <summary>Which configuration values are secrets: never printed, and never to be kept in a file that others may read.</summary>
internal static class SecretKeys
{
    private static readonly string[] Markers = ["ApiKey", "Password", "Secret", "AccessToken", "ConnectionString"];

    public static bool IsSecret(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return Markers.Any(m => last.Contains(m, StringComparison.OrdinalIgnoreCase))
            || key.StartsWith("OPENAI_API_KEY", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("AZURE_OPENAI_API_KEY", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Webhook URLs of Slack and Teams carry their secret in the path, so only the scheme and host are shown.</summary>
    public static bool IsSecretUrl(string key) =>
        key.StartsWith("Briefing:Delivery:Webhook:Urls:", StringComparison.OrdinalIgnoreCase);

    public static string Mask(string key, string value)
    {
        if (IsSecret(key))
        {
            return value.Length == 0 ? "(empty)" : "******";
        }

        if (IsSecretUrl(key))
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var url) ? $"{url.Scheme}://{url.Authority}/******" : "******";
        }

        return value;
    }
}
