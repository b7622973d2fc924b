"""torch.mm accepts only 2-D matrices; a batch of matrices needs matmul or @."""
import torch

X = torch.ones(10, 2, 3)
B = torch.ones(3, 4)
try:
    torch.mm(X, B)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
print(torch.bmm(X, B.expand(10, 3, 4)).shape)  # bmm: batches of the same size, no broadcasting
