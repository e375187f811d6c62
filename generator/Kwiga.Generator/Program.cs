using Kwiga.Generator.Commands;

return Cli.Run(args, Console.Out, Console.Error);
