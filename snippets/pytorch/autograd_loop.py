"""A tiny training loop done right: zero the gradients before each backward."""
import torch

torch.manual_seed(0)
X = torch.randn(20, 2)
y = X @ torch.tensor([2.0, -3.0]) + 1.0  # true w = [2, -3], b = 1

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, num_epochs = 0.1, 50
for epoch in range(num_epochs):
    loss = ((X @ w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():  # (1)!
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()  # (2)!
    b.grad.zero_()
print(w.detach(), b.detach(), f"loss {loss.item():.6f}")
