namespace Briefing.App.Configuration;

/// <summary>Where a user keeps settings of their own: the XDG config folder on Linux and macOS, %APPDATA% on Windows.</summary>
internal static class UserConfigFile
{
    public static string? Path()
    {
        if (OperatingSystem.IsWindows())
        {
            var appData = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
            return appData.Length == 0 ? null : System.IO.Path.Combine(appData, "briefing", "appsettings.json");
        }

        // XDG Base Directory: a relative XDG_CONFIG_HOME is invalid and must be ignored.
        var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg))
        {
            return System.IO.Path.Combine(xdg, "briefing", "appsettings.json");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : System.IO.Path.Combine(home, ".config", "briefing", "appsettings.json");
    }
}
