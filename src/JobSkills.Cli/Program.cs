using JobSkills.Cli;

return await CliApp.RunAsync(args);
