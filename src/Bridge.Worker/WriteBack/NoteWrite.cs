namespace Bridge.Worker.WriteBack;

/// <summary>Payload of a note record: the note's text (the marker is added when it is sent).</summary>
public sealed record NoteWrite(string Text);
