"""type(m) == nn.Linear misses subclasses of nn.Linear; isinstance does not."""
from torch import nn

attn = nn.MultiheadAttention(embed_dim=8, num_heads=2)
print(type(attn.out_proj).__name__)  # a subclass of nn.Linear
print(type(attn.out_proj) == nn.Linear, isinstance(attn.out_proj, nn.Linear))
