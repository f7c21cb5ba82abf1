using Briefing.App;

return await CommandLineEntry.InvokeAsync(BriefingCli.Create(), args);
