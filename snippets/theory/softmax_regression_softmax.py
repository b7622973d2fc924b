"""Check the softmax formula against torch.softmax: positive, rows sum to 1, largest score wins."""
import torch

torch.manual_seed(0)
O = torch.randn(3, 5)  # scores of 3 examples for q = 5 classes
Y_hat = O.exp() / O.exp().sum(dim=1, keepdim=True)  # (1)!
torch.testing.assert_close(Y_hat, torch.softmax(O, dim=1))
print(O[0])
print(Y_hat[0])
print(Y_hat.sum(dim=1))
print(O.argmax(dim=1), Y_hat.argmax(dim=1))
