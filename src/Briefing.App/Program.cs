using Briefing.App;

return await BriefingCli.Create().Parse(args).InvokeAsync();
