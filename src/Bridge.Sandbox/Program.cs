var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "sandbox");
app.Run();
