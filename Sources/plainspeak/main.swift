print("plainspeak: not built yet")
