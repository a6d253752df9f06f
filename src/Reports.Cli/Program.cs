using Reports.Cli;

return CliApp.Run(args, CliContext.FromProcess());
