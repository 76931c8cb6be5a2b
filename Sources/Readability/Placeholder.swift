// Placeholder so the target builds until its stage lands.
