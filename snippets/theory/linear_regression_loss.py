"""Check the vectorized prediction Xw + b and the mean loss against nn.Linear and nn.MSELoss."""
import torch
from torch import nn

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

w, b = torch.tensor([1.0, -1.0]), torch.tensor(0.5)  # some parameters, not yet trained
y_hat = X @ w + b  # (1000, 2) @ (2,) -> (1000,), b is broadcast to every row
print(X.shape, w.shape, y_hat.shape)

net = nn.Linear(2, 1)
with torch.no_grad():
    net.weight.copy_(w.reshape(1, 2))
    net.bias.fill_(b)
print(net(X).shape)  # nn.Linear keeps an output dimension: (1000, 1)
torch.testing.assert_close(net(X).squeeze(1), y_hat)

loss_per_example = (y_hat - y) ** 2 / 2  # l^(i) for every i at once
L_loop = sum(loss_per_example[i] for i in range(len(y))) / len(y)  # (1/n) sum_i l^(i)
L_vec = ((X @ w + b - y) ** 2).sum() / (2 * len(y))  # ||Xw + b - y||^2 / (2n)
L_mse = nn.MSELoss()(y_hat, y) / 2  # MSELoss is the mean of (y_hat - y)^2, without the 1/2
torch.testing.assert_close(L_vec, L_loop)
torch.testing.assert_close(L_mse, L_loop)
print(f"{L_loop:.4f} {L_vec:.4f} {L_mse:.4f}")
