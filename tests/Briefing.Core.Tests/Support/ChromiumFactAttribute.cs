namespace Briefing.Support;

/// <summary>A fact that needs Chromium on the PATH (Debian's chromium package); skipped, saying so, where it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        string[] names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(System.IO.Path.PathSeparator) ?? [];
        if (!path.Any(folder => names.Any(name => File.Exists(System.IO.Path.Combine(folder, name)))))
        {
            Skip = "Chromium is not installed (apt-get install chromium); scripts/render-digest.sh needs it to render the digest.";
        }
    }
}
