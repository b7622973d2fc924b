"""Only one -1 is allowed, and the new shape must hold exactly as many elements."""
import torch

X = torch.arange(12)
for shape in [(-1, -1), (5, -1)]:
    try:
        X.reshape(shape)
    except RuntimeError as e:
        print(shape, "->", type(e).__name__, "-", str(e).splitlines()[0])
