"""Train linear regression from scratch: tensors, autograd, minibatches reshuffled every epoch."""
import torch

torch.manual_seed(0)
true_w, true_b, sigma = torch.tensor([1.5, -2.0]), 0.8, 0.1
X = torch.randn(1000, 2)
y = X @ true_w + true_b + sigma * torch.randn(1000)

w = torch.normal(0, 0.01, size=(2,), requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr, num_epochs, batch_size = 0.03, 3, 10

for epoch in range(num_epochs):
    order = torch.randperm(len(X))  # a new random order every epoch
    for i in range(0, len(X), batch_size):
        batch = order[i : i + batch_size]  # indices of the minibatch B
        loss = ((X[batch] @ w + b - y[batch]) ** 2 / 2).mean()  # L_B
        loss.backward()
        with torch.no_grad():  # (1)!
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
    with torch.no_grad():
        train_loss = ((X @ w + b - y) ** 2 / 2).mean()
    print(f"epoch {epoch + 1}, loss {train_loss:.6f}")

print("w:", w.detach().numpy().round(3), "b:", b.detach().numpy().round(3))
assert (w - true_w).abs().max() < 0.02 and abs(b.item() - true_b) < 0.02  # recovered within 0.02
