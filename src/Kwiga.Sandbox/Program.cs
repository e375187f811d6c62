// dotnet run --project src/Kwiga.Sandbox -- --urls http://127.0.0.1:5080 [--Sandbox:RateLimit:Window=00:00:10]
return await Kwiga.Sandbox.SandboxServer.RunAsync(args, Console.Out);
