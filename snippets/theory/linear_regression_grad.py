"""Check the minibatch gradient formula against autograd, and a hand-written step against SGD."""
import torch
from torch import nn

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

batch = torch.randperm(len(X))[:10]  # a random minibatch B of |B| = 10 indices
X_B, y_B = X[batch], y[batch]
w = torch.tensor([1.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
lr = 0.03

# the formula: (1/|B|) sum_{i in B} x^(i) (w^T x^(i) + b - y^(i)), and the same for b without x^(i)
with torch.no_grad():
    r = X_B @ w + b - y_B  # one residual per example
    grad_w = sum(X_B[i] * r[i] for i in range(len(batch))) / len(batch)
    grad_b = sum(r[i] for i in range(len(batch))) / len(batch)
    torch.testing.assert_close(grad_w, X_B.T @ r / len(batch))  # the same sum as a matrix product

loss = ((X_B @ w + b - y_B) ** 2 / 2).mean()  # L_B, the mean loss of the minibatch
loss.backward()
torch.testing.assert_close(w.grad, grad_w)
torch.testing.assert_close(b.grad, grad_b)
print("formula: ", grad_w, grad_b)
print("autograd:", w.grad, b.grad)

# one step by hand, and one step of nn.Linear + torch.optim.SGD from the same starting point
with torch.no_grad():
    w_new, b_new = w - lr * grad_w, b - lr * grad_b
net = nn.Linear(2, 1)
with torch.no_grad():
    net.weight.copy_(w.reshape(1, 2))
    net.bias.fill_(b)
optimizer = torch.optim.SGD(net.parameters(), lr=lr)
optimizer.zero_grad()
(nn.MSELoss()(net(X_B).squeeze(1), y_B) / 2).backward()  # / 2: the same loss as L_B
optimizer.step()
torch.testing.assert_close(net.weight[0], w_new)
torch.testing.assert_close(net.bias[0], b_new)
print("by hand: ", w_new, b_new)
print("SGD step:", net.weight[0].detach(), net.bias[0].detach())
