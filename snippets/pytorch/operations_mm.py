"""torch.mm, torch.matmul and @ on matrices, vectors and batches of matrices."""
import torch

A = torch.ones(2, 3)
B = torch.ones(3, 4)
print(torch.mm(A, B).shape, torch.matmul(A, B).shape, (A @ B).shape)  # all (2, 4)

v = torch.ones(3)  # a 1-D vector
print((A @ v).shape)  # matrix @ vector -> vector, shape (2,)
print((v @ v).shape)  # vector @ vector -> dot product, a 0-d tensor

X = torch.ones(10, 2, 3)  # a batch of 10 matrices, each 2x3
print((X @ B).shape)  # B (3, 4) is broadcast over the batch -> (10, 2, 4)
W = torch.ones(5, 1, 3, 4)
print(torch.matmul(X, W).shape)  # (1)!
