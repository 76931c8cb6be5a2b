// Placeholder until the stage's tests land.
